import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A loopback server for bench/issues.sh that answers like CLOTributor's GET /api/issues/search after a fixed delay:
 * a JSON array of LIMIT synthetic issues shaped like search_issues.sql's, the total in pagination-total-count, an
 * ETag (and 304 to If-None-Match). Usage: java bench/IssuesServer.java DELAY_MS. Prints its port on the first line,
 * then, when stdin closes, the number of requests it served, and exits.
 */
public final class IssuesServer {

    private static final Pattern LIMIT = Pattern.compile("(?:^|&)limit=(\\d+)");
    private static final Pattern PROJECT = Pattern.compile("(?:^|&)project\\[0\\]=([^&]+)");
    private static final String ETAG = "\"bench-v1\"";

    public static void main(String[] args) throws IOException {
        long delayMillis = Long.parseLong(args[0]);
        AtomicInteger served = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 128);
        server.setExecutor(Executors.newFixedThreadPool(16));
        server.createContext("/api/issues/search", exchange -> {
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            answer(exchange);
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

    private static void answer(HttpExchange exchange) throws IOException {
        exchange.getRequestBody().readAllBytes();
        if (ETAG.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
            exchange.getResponseHeaders().set("ETag", ETAG);
            exchange.sendResponseHeaders(304, -1);
            exchange.close();
            return;
        }
        String query = exchange.getRequestURI().getRawQuery() == null ? "" : exchange.getRequestURI().getRawQuery();
        Matcher limit = LIMIT.matcher(query);
        int count = limit.find() ? Math.min(Integer.parseInt(limit.group(1)), 100) : 10;
        Matcher project = PROJECT.matcher(query);
        String name = project.find() ? project.group(1) : "kubernetes";
        StringBuilder body = new StringBuilder("[");
        for (int i = 1; i <= count; i++) {
            if (i > 1) {
                body.append(',');
            }
            body.append("{\"number\":").append(1000 + i)
                    .append(",\"title\":\"Synthetic issue ").append(i).append(" that wants help\"")
                    .append(",\"url\":\"https://github.com/example/").append(name).append("/issues/").append(1000 + i).append('"')
                    .append(",\"labels\":[\"help wanted\",\"good first issue\"],\"published_at\":").append(1763000000L - i * 3600L)
                    .append(",\"kind\":\"enhancement\",\"mentor_available\":").append(i % 3 == 0)
                    .append(",\"good_first_issue\":true,\"has_linked_prs\":false")
                    .append(",\"repository\":{\"name\":\"").append(name).append("\",\"url\":\"https://github.com/example/").append(name)
                    .append("\",\"topics\":[\"cncf\"],\"languages\":[\"Go\",\"Shell\"],\"stars\":1000}")
                    .append(",\"project\":{\"name\":\"").append(name).append("\",\"display_name\":\"").append(name)
                    .append("\",\"maturity\":\"graduated\",\"foundation\":\"cncf\"},\"_relevance\":1}");
        }
        byte[] bytes = body.append(']').toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.getResponseHeaders().set("Cache-Control", "max-age=300");
        exchange.getResponseHeaders().set("ETag", ETAG);
        exchange.getResponseHeaders().set("pagination-total-count", String.valueOf(count * 3));
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
