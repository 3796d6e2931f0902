package dev.cncfcontrib.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cncfcontrib.onboarding.CloneLegal.Signal;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What one line of a project's file says, on wordings read in real CNCF repositories. */
class CloneLegalTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // cloud-custodian's docs: a CLA chosen in preference to the DCO
            "As a CNCF Project, we've chosen to use the foundation's Contributor License Agreements https://github.com/cncf/cla in preference to the Developer Certificate of Origin (DCO)|NO_DCO,CNCF_CLA",
            // argo's: the CLAs are gone, the DCO stays
            "Argo replaced its own individual and corporate CLAs with the DCO.|DCO,NO_CLA",
            "All commits must be signed off (git commit -s).|DCO",
            "Please sign our Contributor License Agreement at https://cla.developers.google.com/|OTHER_CLA",
            "The linux-foundation-easycla bot will comment on your pull request.|CNCF_CLA",
            "      - uses: tisonkun/actions-dco@v1.1|DCO",
            "      - uses: contributor-assistant/github-action@v2.3.0|OTHER_CLA",
            "You do not need to sign a CLA to contribute.|NO_CLA",
            "Reviewers sign off on the design before any code is written.|''",
            "Declarative configuration of clusters.|''",
    })
    void eachLineSaysWhatItSays(String line, String expected) {
        Set<Signal> signals = CloneLegal.signals(line);

        assertThat(signals).containsExactlyInAnyOrderElementsOf(expected.isEmpty() ? Set.of()
                : java.util.Arrays.stream(expected.split(",")).map(Signal::valueOf).toList());
    }
}
