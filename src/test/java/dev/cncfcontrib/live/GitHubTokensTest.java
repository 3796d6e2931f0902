package dev.cncfcontrib.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the GitHub token comes from, and that no form of it shows the secret. */
class GitHubTokensTest {

    @TempDir
    Path home;

    private Path fakeGh(String script) throws IOException {
        Path bin = Files.createDirectories(home.resolve("bin"));
        Path gh = bin.resolve("gh");
        Files.writeString(gh, "#!/bin/sh\n" + script + "\n");
        Files.setPosixFilePermissions(gh, PosixFilePermissions.fromString("rwxr-xr-x"));
        return bin;
    }

    @Test
    void ghTokenWinsOverGithubTokenWhichWinsOverGh() throws IOException {
        Path bin = fakeGh("echo from-gh");
        assertThat(GitHubTokens.find(Map.of("GH_TOKEN", "one", "GITHUB_TOKEN", "two", "PATH", bin.toString())).value()).isEqualTo("one");
        assertThat(GitHubTokens.find(Map.of("GH_TOKEN", " ", "GITHUB_TOKEN", "two", "PATH", bin.toString())).source())
                .isEqualTo("GITHUB_TOKEN");
        GitHubToken fromGh = GitHubTokens.find(Map.of("PATH", bin.toString(), "HOME", home.toString()));
        assertThat(fromGh.value()).isEqualTo("from-gh");
        assertThat(fromGh.source()).isEqualTo("gh auth token");
    }

    @Test
    void ghIsRunAsAnArgumentListWithItsArguments() throws IOException {
        Path bin = fakeGh("[ \"$1 $2\" = \"auth token\" ] && echo tok-$# || exit 1");
        assertThat(GitHubTokens.find(Map.of("PATH", bin.toString())).value()).isEqualTo("tok-2");
    }

    @Test
    void noTokenWhenGhIsMissingFailsOrSaysNothing() throws IOException {
        assertThat(GitHubTokens.find(Map.of())).isNull();
        assertThat(GitHubTokens.find(Map.of("PATH", home.resolve("nowhere").toString()))).isNull();
        assertThat(GitHubTokens.find(Map.of("PATH", fakeGh("echo 'not logged in' >&2; exit 1").toString()))).isNull();
        assertThat(GitHubTokens.find(Map.of("PATH", fakeGh("true").toString()))).isNull();
    }

    @Test
    void aRelativePathEntryIsNeverSearched() throws IOException {
        fakeGh("echo from-relative");
        assertThat(GitHubTokens.onPath("bin", "gh")).isNull();
    }

    @Test
    void theTokenNeverShowsInItsTextForm() {
        GitHubToken token = new GitHubToken("ghp_verySecret", "GH_TOKEN");
        HttpGetter.Request request = new HttpGetter.Request("https://api.github.com/search/issues", null, token, null, null);

        assertThat(token.toString()).isEqualTo("GitHubToken[from GH_TOKEN]");
        assertThat(request.toString()).doesNotContain("ghp_verySecret");
    }
}
