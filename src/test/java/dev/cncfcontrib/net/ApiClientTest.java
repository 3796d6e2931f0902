package dev.cncfcontrib.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cncfcontrib.live.GitHubToken;
import dev.cncfcontrib.live.HttpGetter;
import dev.cncfcontrib.live.LiveException;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The JSON API client: the token stays with its origin, bodies are capped, only https (or loopback http). */
class ApiClientTest {

    private final GitHubToken token = new GitHubToken("ghp_secret", "GH_TOKEN");
    private MockWebServer api;
    private MockWebServer elsewhere;
    private ApiClient client;

    @BeforeEach
    void setUp() throws IOException {
        api = new MockWebServer();
        api.start();
        elsewhere = new MockWebServer();
        elsewhere.start();
        client = new ApiClient(Network.system().withDownloadTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(4))
                .downloads(), 1024, "cncf-contrib/test");
    }

    @AfterEach
    void tearDown() {
        api.close();
        elsewhere.close();
    }

    private HttpGetter.Request request(String path) {
        return new HttpGetter.Request(api.url(path).toString(), "application/vnd.github+json", token, "\"e1\"", null);
    }

    @Test
    void theTokenAndTheValidatorsGoWithTheRequest() throws Exception {
        api.enqueue(new MockResponse.Builder().code(304).setHeader("ETag", "\"e1\"").build());

        HttpGetter.Response response = client.get(request("/repos/o/r/pulls/1"));

        assertThat(response.status()).isEqualTo(304);
        assertThat(response.body()).isNull();
        RecordedRequest sent = api.takeRequest(1, TimeUnit.SECONDS);
        assertThat(sent.getHeaders().get("Authorization")).isEqualTo("Bearer ghp_secret");
        assertThat(sent.getHeaders().get("If-None-Match")).isEqualTo("\"e1\"");
        assertThat(sent.getHeaders().get("Accept")).isEqualTo("application/vnd.github+json");
        assertThat(sent.getHeaders().get("User-Agent")).isEqualTo("cncf-contrib/test");
    }

    @Test
    void aRedirectWithinTheOriginIsFollowedWithTheToken() throws Exception {
        api.enqueue(new MockResponse.Builder().code(301).setHeader("Location", "/repositories/12/pulls/1").build());
        api.enqueue(new MockResponse.Builder().code(200).body("{}").build());

        assertThat(client.get(request("/repos/old/r/pulls/1")).status()).isEqualTo(200);
        api.takeRequest(1, TimeUnit.SECONDS);
        assertThat(api.takeRequest(1, TimeUnit.SECONDS).getHeaders().get("Authorization")).isEqualTo("Bearer ghp_secret");
    }

    @Test
    void aRedirectToAnotherOriginIsNotFollowed() {
        api.enqueue(new MockResponse.Builder().code(302).setHeader("Location", elsewhere.url("/steal").toString()).build());

        assertThatThrownBy(() -> client.get(request("/search/issues"))).isInstanceOf(LiveException.class)
                .hasMessageContaining("redirected elsewhere").hasMessageNotContaining("ghp_secret");
        assertThat(elsewhere.getRequestCount()).isZero();
    }

    @Test
    void errorBodiesAreReadAndCapped() {
        api.enqueue(new MockResponse.Builder().code(403).setHeader("X-RateLimit-Remaining", "0").body("{\"message\":\"x\"}").build());
        HttpGetter.Response limited = client.get(request("/search/issues"));
        assertThat(limited.status()).isEqualTo(403);
        assertThat(limited.header("X-RateLimit-Remaining")).isEqualTo("0");

        api.enqueue(new MockResponse.Builder().code(200).body("x".repeat(1025)).build());
        assertThatThrownBy(() -> client.get(request("/search/issues"))).isInstanceOf(LiveException.class)
                .satisfies(e -> assertThat(((LiveException) e).kind()).isEqualTo(LiveException.Kind.BAD_DATA));
    }

    @Test
    void plainHttpToAnotherHostIsRefusedWithoutARequest() {
        assertThatThrownBy(() -> client.get(new HttpGetter.Request("http://api.github.example/x", null, token, null, null)))
                .isInstanceOf(LiveException.class).hasMessageContaining("only https URLs are fetched");
    }
}
