package dev.cncfcontrib.net;

import java.io.IOException;
import okhttp3.Connection;
import okhttp3.Interceptor;
import okhttp3.Protocol;
import okhttp3.Response;

/**
 * Keeps a connection whose answer to HEAD may have carried a body from being used again. An answer to HEAD has
 * no body, so okhttp reads none; a server that sends one anyway leaves it in the connection, where the next
 * request on it reads it as its own answer: another link gets that body's verdict ("404") or a protocol error.
 * Over HTTP/1.x an answer to HEAD that announces a body (a length or a transfer coding) closes its connection;
 * HTTP/2 frames every answer, so a stray body cannot reach another request there.
 */
final class HeadBodyGuard implements Interceptor {

    @Override
    public Response intercept(Chain chain) throws IOException {
        Response response = chain.proceed(chain.request());
        Connection connection = chain.connection();
        if (chain.request().method().equals("HEAD") && connection != null && announcesBody(response)
                && (response.protocol() == Protocol.HTTP_1_1 || response.protocol() == Protocol.HTTP_1_0)) {
            // the answer itself is whole (status and headers); closing the socket only retires the connection
            connection.socket().close();
        }
        return response;
    }

    private static boolean announcesBody(Response response) {
        String length = response.header("Content-Length");
        if (response.header("Transfer-Encoding") != null) {
            return true;
        }
        try {
            return length != null && Long.parseLong(length.trim()) != 0;
        } catch (NumberFormatException e) {
            return true; // a length okhttp cannot read says nothing safe about what follows
        }
    }
}
