package dev.cncfcontrib.net;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * An HTTP/1.1 server on the loopback address that writes exactly the bytes a test gives it, however wrong: a
 * Content-Length that lies, a body after a HEAD. MockWebServer frames its answers correctly, which is what these
 * tests must not have. Each connection is served on its own thread, request after request, until the answer says
 * to close it or the client does.
 */
public final class RawHttpServer implements AutoCloseable {

    /** What to write for one request, and whether to close the connection after it. */
    public record Answer(byte[] bytes, boolean close) {

        public static Answer of(String text, boolean close) {
            return new Answer(text.getBytes(StandardCharsets.ISO_8859_1), close);
        }
    }

    /** A request as received: its request line ("HEAD /a HTTP/1.1") and the connection's number. */
    public record Request(String line, int connection) {
    }

    private final ServerSocket server;
    private final Function<Request, Answer> answers;
    private final List<Request> received = new CopyOnWriteArrayList<>();
    private final Thread acceptor;
    private int connections;

    public RawHttpServer(Function<Request, Answer> answers) throws IOException {
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.answers = answers;
        this.acceptor = new Thread(this::accept, "raw-http-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getLocalPort() + path;
    }

    public List<Request> received() {
        return received;
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                int number;
                synchronized (this) {
                    number = ++connections;
                }
                Thread serving = new Thread(() -> serve(socket, number), "raw-http-connection-" + number);
                serving.setDaemon(true);
                serving.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket socket, int number) {
        try (socket) {
            InputStream in = socket.getInputStream();
            OutputStream out = socket.getOutputStream();
            while (true) {
                String head = readHead(in);
                if (head == null) {
                    return;
                }
                Request request = new Request(head.substring(0, head.indexOf("\r\n")), number);
                received.add(request);
                Answer answer = answers.apply(request);
                out.write(answer.bytes());
                out.flush();
                if (answer.close()) {
                    return;
                }
            }
        } catch (IOException e) {
            // the client went away
        }
    }

    /** The request line and headers up to the blank line; null at the end of the connection. */
    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        for (int b; (b = in.read()) >= 0; ) {
            head.write(b);
            matched = (b == '\r' && (matched == 0 || matched == 2)) || (b == '\n' && (matched == 1 || matched == 3)) ? matched + 1 : 0;
            if (matched == 4) {
                return head.toString(StandardCharsets.ISO_8859_1);
            }
        }
        return null;
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
