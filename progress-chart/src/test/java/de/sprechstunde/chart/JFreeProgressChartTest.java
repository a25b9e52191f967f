package de.sprechstunde.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.sprechstunde.core.learner.ExplanationLanguage;
import de.sprechstunde.core.port.CardFigures;
import de.sprechstunde.core.port.ProgressReport;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The chart as a learner receives it: a PNG that decodes, at the promised size, with something drawn on it. */
class JFreeProgressChartTest {

    private final JFreeProgressChart chart = new JFreeProgressChart();

    private static List<LocalDate> weeks() {
        List<LocalDate> weeks = new ArrayList<>();
        for (int i = 7; i >= 0; i--) {
            weeks.add(LocalDate.of(2026, 11, 21).minusWeeks(i));
        }
        return weeks;
    }

    private static BufferedImage decode(byte[] png) throws Exception {
        assertEquals((byte) 0x89, png[0]);
        assertEquals('P', png[1]);
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    private static int colours(BufferedImage image) {
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 7) {
            for (int x = 0; x < image.getWidth(); x += 7) {
                seen.add(image.getRGB(x, y));
            }
        }
        return seen.size();
    }

    @Test
    void aFullReportIsAPngOfTheRightSizeWithContent() throws Exception {
        ProgressReport report = new ProgressReport(ExplanationLanguage.ENGLISH, weeks(),
                Map.of("word order", List.of(0L, 1L, 3L, 2L, 0L, 4L, 1L, 2L), "article", List.of(2L, 2L, 1L, 0L, 0L, 1L, 0L, 0L)),
                Map.of("ü", 62.5, "ch", 81.0, "r", 40.0), new CardFigures.Summary(24, 40, 31), 5);

        BufferedImage image = decode(chart.render(report).orElseThrow());

        assertEquals(JFreeProgressChart.WIDTH, image.getWidth());
        assertEquals(JFreeProgressChart.HEIGHT, image.getHeight());
        assertTrue(colours(image) > 10, "colours: " + colours(image));
    }

    @Test
    void aNewLearnersEmptyReportStillDrawsAChartInGerman() throws Exception {
        ProgressReport report = new ProgressReport(ExplanationLanguage.GERMAN, weeks(), Map.of(), Map.of(), CardFigures.Summary.NONE, 0);

        BufferedImage image = decode(chart.render(report).orElseThrow());

        assertEquals(JFreeProgressChart.WIDTH, image.getWidth());
        assertTrue(colours(image) > 3, "colours: " + colours(image));
    }
}
