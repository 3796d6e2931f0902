package dev.cncfcontrib.live;

import java.util.Locale;
import java.util.Map;

/**
 * One HTTP GET of a JSON API, as the live services need it: conditional, with a bearer token for the one origin it
 * belongs to, and the answer's status and headers whatever the status. {@code net/} implements it; tests point it
 * at loopback servers.
 */
public interface HttpGetter {

    /**
     * @param token        sent as {@code Authorization: Bearer} only to the origin (scheme, host, port) of {@code url},
     *                     never after a redirect elsewhere; null for none
     * @param etag         the ETag of the copy held, or null
     * @param lastModified its Last-Modified, or null
     */
    record Request(String url, String accept, GitHubToken token, String etag, String lastModified) {

        public Request withValidators(String etag, String lastModified) {
            return new Request(url, accept, token, etag, lastModified);
        }
    }

    /**
     * What the server answered. {@code headers} are keyed in lower case; {@code body} is null for a 304.
     */
    record Response(int status, String message, Map<String, String> headers, byte[] body) {

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    /**
     * @throws LiveException of kind {@link LiveException.Kind#NETWORK} when no complete answer came, or
     *                       {@link LiveException.Kind#BAD_DATA} when the body is larger than the cap
     */
    Response get(Request request);
}
