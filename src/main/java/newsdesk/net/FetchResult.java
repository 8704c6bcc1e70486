package newsdesk.net;

import java.net.URI;

/**
 * What a fetch brought back.
 *
 * @param url the URL asked for
 * @param finalUrl where the body came from, after redirects
 * @param status the HTTP status of the last response
 * @param contentType the Content-Type header, or null
 * @param body the body, decompressed; empty for 304 and HEAD
 * @param etag the ETag validator to send next time, or null
 * @param lastModified the Last-Modified validator to send next time, or null
 * @param location the Location header of the last response (a redirect not followed), or null
 */
public record FetchResult(URI url, URI finalUrl, int status, String contentType, byte[] body, String etag,
        String lastModified, String location) {

    /** 2xx: the body is the resource. */
    public boolean ok() {
        return status >= 200 && status < 300;
    }

    /** 304: the copy sent with the validators is still current. */
    public boolean notModified() {
        return status == 304;
    }
}
