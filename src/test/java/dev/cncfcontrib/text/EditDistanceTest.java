package dev.cncfcontrib.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EditDistanceTest {

    @Test
    void countsInsertionsDeletionsSubstitutionsAndSwaps() {
        assertThat(EditDistance.between("kubernetes", "kubernetes")).isZero();
        assertThat(EditDistance.between("kubernets", "kubernetes")).isEqualTo(1);
        assertThat(EditDistance.between("lsit", "list")).isEqualTo(1);
        assertThat(EditDistance.between("helm", "envoy")).isEqualTo(5);
    }

    @Test
    void closestKeepsNearOrPrefixedCandidatesBestFirst() {
        assertThat(EditDistance.closest("shwo", List.of("list", "show", "groups"), 3)).containsExactly("show");
        assertThat(EditDistance.closest("gro", List.of("list", "show", "groups"), 3)).containsExactly("groups");
        assertThat(EditDistance.closest("zzz", List.of("list", "show", "groups"), 3)).isEmpty();
    }
}
