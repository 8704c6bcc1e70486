package newsdesk.publish;

/** One typed part of a post's body, in the order the reader sees them. */
public sealed interface Block permits ExcerptBlock, NoteBlock, CoverageBlock, TextBlock, ImageBlock {
  /** The name of the type in the post JSON shape: excerpt, note, coverage, text, image. */
  String type();
}
