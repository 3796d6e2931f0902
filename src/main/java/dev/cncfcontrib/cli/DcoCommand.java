package dev.cncfcontrib.cli;

import dev.cncfcontrib.dco.DcoText;
import dev.cncfcontrib.text.Wrap;
import java.io.PrintWriter;

final class DcoCommand extends CliCommand {

    private final Arg<Boolean> textOnly = option("--text-only")
            .description("Only the certificate's own text, without the notes.").flag();

    DcoCommand(Context context) {
        super(context, "dco",
                "Print the Developer Certificate of Origin 1.1, the text your Signed-off-by line certifies, "
                + "with a plain-language note on each clause. Works offline.");
        examples(
                "  cncf-contrib dco",
                "  cncf-contrib dco --text-only");
    }

    @Override
    public Integer call() {
        boolean textOnly = this.textOnly.value();
        PrintWriter out = context.io().out();
        int width = context.io().width() > 0 ? Math.min(context.io().width(), 100) : 80;
        out.print(DcoText.HEADER);
        for (DcoText.Clause clause : DcoText.CLAUSES) {
            out.println();
            out.println(clause.text());
            if (!textOnly) {
                for (String line : Wrap.lines("In plain words: " + clause.meaning(), width - 4)) {
                    out.println("    " + context.io().style().dim(line));
                }
            }
        }
        if (!textOnly) {
            out.println();
            for (String line : Wrap.lines(DcoText.HOW, width)) {
                out.println(line);
            }
            out.println("Source: " + DcoText.URL);
        }
        return ExitCodes.OK;
    }
}
