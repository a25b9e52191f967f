package de.sprechstunde.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CorrectionFilterTest {

    private static CorrectionFilter read(String text) throws IOException {
        return CorrectionFilter.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theScoreIsTheLogisticOfTheSummedWeightsOfTheFeaturesItKnows() throws IOException {
        CorrectionFilter filter = read("# a comment\nthreshold\t0.5\nw\tbias\t1.0\nw\trule=A\t-3.0\n");

        assertEquals(1 / (1 + Math.exp(-1.0)), filter.score(List.of("bias", "unknown")), 1e-9);
        assertEquals(1 / (1 + Math.exp(2.0)), filter.score(List.of("bias", "rule=A")), 1e-9);
    }

    @Test
    void aCorrectionIsShownWhenItsRuleIsOnAndItReachesItsRulesThreshold() throws IOException {
        CorrectionFilter filter = read("threshold\t0.5\nrule-threshold\tSTRICT\t0.9\noff\tNOISY\nw\tbias\t1.0\n");

        assertTrue(filter.shows("ANY", List.of("bias")));
        assertFalse(filter.shows("STRICT", List.of("bias")));
        assertFalse(filter.shows("NOISY", List.of("bias")));
    }

    @Test
    void anUnknownLineIsAnError() {
        assertThrows(IOException.class, () -> read("bogus\t1\n"));
    }

    @Test
    void theShippedModelLoadsAndKeepsRulesBelowNinetyPercentOff() {
        CorrectionFilter filter = CorrectionFilter.shipped().orElseThrow();

        assertTrue(filter.threshold() > 0 && filter.threshold() < 1);
        assertTrue(filter.offRules().stream().allMatch(rule -> !rule.isBlank()));
    }
}
