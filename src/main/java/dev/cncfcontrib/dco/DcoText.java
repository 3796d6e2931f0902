package dev.cncfcontrib.dco;

import java.util.List;

/** The Developer Certificate of Origin 1.1 (https://developercertificate.org), with a plain-language note per clause. */
public final class DcoText {

    /** One clause of the certificate and what it means in practice. */
    public record Clause(String letter, String text, String meaning) {
    }

    public static final String URL = "https://developercertificate.org";

    public static final String HEADER = """
            Developer Certificate of Origin
            Version 1.1

            Copyright (C) 2004, 2006 The Linux Foundation and its contributors.

            Everyone is permitted to copy and distribute verbatim copies of this
            license document, but changing it is not allowed.


            Developer's Certificate of Origin 1.1

            By making a contribution to this project, I certify that:
            """;

    public static final List<Clause> CLAUSES = List.of(
            new Clause("a", """
                    (a) The contribution was created in whole or in part by me and I
                        have the right to submit it under the open source license
                        indicated in the file; or""",
                    "You wrote it, or part of it, and you have the right to submit it under the licence named in the "
                            + "file. That right can be yours, or come from whoever owns what you write: an employer that owns "
                            + "your code can allow you to submit it (many do, some ask you to get permission first; your "
                            + "employment agreement or open-source policy says which)."),
            new Clause("b", """
                    (b) The contribution is based upon previous work that, to the best
                        of my knowledge, is covered under an appropriate open source
                        license and I have the right under that license to submit that
                        work with modifications, whether created in whole or in part
                        by me, under the same open source license (unless I am
                        permitted to submit under a different license), as indicated
                        in the file; or""",
                    "It builds on existing open source code whose licence lets you contribute it, with your changes, "
                            + "under the same licence."),
            new Clause("c", """
                    (c) The contribution was provided directly to me by some other
                        person who certified (a), (b) or (c) and I have not modified
                        it.""",
                    "You are passing on, unchanged, work someone else gave you with their own sign-off."),
            new Clause("d", """
                    (d) I understand and agree that this project and the contribution
                        are public and that a record of the contribution (including all
                        personal information I submit with it, including my sign-off) is
                        maintained indefinitely and may be redistributed consistent with
                        this project or the open source license(s) involved.""",
                    "Your name and e-mail in the sign-off become a permanent, public part of the project's history."));

    /** How the certificate is given, in practice. */
    public static final String HOW = "You certify this by adding a line 'Signed-off-by: Your Name <you@example.com>' to "
            + "each commit message: 'git commit -s' adds it with your user.name and user.email. Use a real name "
            + "(it need not be your legal name, but it must not be anonymous), and the address your commits use.";

    private DcoText() {
    }
}
