import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback HTTP server for bench/links.sh that answers every request with 200 after a fixed delay.
 * Usage: java bench/SlowServer.java DELAY_MS. Prints its port on the first line, then, when stdin closes,
 * the number of requests it served, and exits.
 */
public final class SlowServer {

    public static void main(String[] args) throws IOException {
        long delayMillis = Long.parseLong(args[0]);
        AtomicInteger served = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1024);
        // more threads than any concurrency the benchmark uses: the server must never be the bottleneck
        server.setExecutor(Executors.newFixedThreadPool(256));
        server.createContext("/", exchange -> {
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(200, -1); // no body, for HEAD and GET alike
            exchange.close();
            served.incrementAndGet();
        });
        server.start();
        System.out.println(server.getAddress().getPort());
        System.out.flush();
        while (System.in.read() >= 0) {
            // wait for the script to close our stdin
        }
        System.out.println(served.get());
        System.out.flush();
        server.stop(0);
        System.exit(0);
    }
}
