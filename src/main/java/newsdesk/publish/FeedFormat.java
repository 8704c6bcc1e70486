package newsdesk.publish;

/** The three feed formats we publish, each with its file name and media type. */
public enum FeedFormat {
  ATOM("atom.xml", "application/atom+xml"),
  RSS("rss.xml", "application/rss+xml"),
  JSON("feed.json", "application/feed+json");

  private final String file;
  private final String mediaType;

  FeedFormat(String file, String mediaType) {
    this.file = file;
    this.mediaType = mediaType;
  }

  /** "atom.xml": the last segment of the feed's URL. */
  public String file() {
    return file;
  }

  /** The media type without parameters, as in a link rel="alternate" type. */
  public String mediaType() {
    return mediaType;
  }

  /** The Content-Type header value: the media type in UTF-8. */
  public String contentType() {
    return mediaType + "; charset=utf-8";
  }
}
