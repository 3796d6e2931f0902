package dev.cncfcontrib.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cncfcontrib.CliRun;
import dev.cncfcontrib.CliRun.Result;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DcoCommandTest {

    @TempDir
    Path home;

    @Test
    void printsTheCertificateWithANoteOnEachClause() {
        Result result = new CliRun(home).run("dco");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out())
                .startsWith("Developer Certificate of Origin\nVersion 1.1\n\nCopyright (C) 2004, 2006 The Linux Foundation and its contributors.\n")
                .contains("By making a contribution to this project, I certify that:")
                .contains("(a) The contribution was created in whole or in part by me and I\n    have the right to submit it")
                .contains("    person who certified (a), (b) or (c) and I have not modified\n    it.")
                .contains("maintained indefinitely and may be redistributed consistent with\n    this project or the open source license(s) involved.")
                .contains("In plain words: You wrote it")
                .contains("In plain words: Your name and e-mail in the sign-off become a permanent")
                .contains("git commit -s")
                .contains("Source: https://developercertificate.org");
    }

    @Test
    void clauseAIsExplainedAsItReadsTheRightMayComeFromAnEmployer() {
        Result result = new CliRun(home).run("dco");
        String notes = result.out().replaceAll("\n +", " ");

        // "(a) ... I have the right to submit it": an employer who owns the code can give that right
        assertThat(notes).contains("In plain words: You wrote it, or part of it, and you have the right to submit it under "
                + "the licence named in the file. That right can be yours, or come from whoever owns what you write: an "
                + "employer that owns your code can allow you to submit it")
                .doesNotContain("nobody else");
    }

    @Test
    void textOnlyLeavesOutTheNotes() {
        Result result = new CliRun(home).run("dco", "--text-only");

        assertThat(result.out()).doesNotContain("In plain words").endsWith("this project or the open source license(s) involved.\n");
    }
}
