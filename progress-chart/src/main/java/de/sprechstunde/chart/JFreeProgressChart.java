package de.sprechstunde.chart;

import de.sprechstunde.core.learner.ExplanationLanguage;
import de.sprechstunde.core.port.ProgressChart;
import de.sprechstunde.core.port.ProgressReport;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code /progress} picture, drawn with JFreeChart into an image in memory (no window, so it runs
 * headless): mistakes per category per week (stacked bars, last 8 weeks) on top; below, the average
 * drill score per sound and the card figures with the streak. Needs {@code java.awt.headless=true} on a
 * machine without a display (deploy's {@code Main} sets it). Thread-safe: every call builds its own charts.
 */
public final class JFreeProgressChart implements ProgressChart {

    private static final Logger log = LoggerFactory.getLogger(JFreeProgressChart.class);
    static final int WIDTH = 1200;
    static final int HEIGHT = 900;
    private static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("dd.MM.");

    @Override
    public Optional<byte[]> render(ProgressReport report) {
        try {
            BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            try {
                g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, WIDTH, HEIGHT);
                mistakes(report).draw(g, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT * 0.55));
                sounds(report).draw(g, new Rectangle2D.Double(0, HEIGHT * 0.55, WIDTH * 0.55, HEIGHT * 0.45));
                cards(report).draw(g, new Rectangle2D.Double(WIDTH * 0.55, HEIGHT * 0.55, WIDTH * 0.45, HEIGHT * 0.45));
            } finally {
                g.dispose();
            }
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            return Optional.of(png.toByteArray());
        } catch (IOException | RuntimeException | Error e) {
            // a missing font or AWT library on a slim image: /progress falls back to text
            log.warn("the progress chart could not be drawn: {}", e.toString());
            return Optional.empty();
        }
    }

    private static JFreeChart mistakes(ProgressReport report) {
        ExplanationLanguage l = report.language();
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        new TreeMap<>(report.mistakesPerWeek()).forEach((category, counts) -> {
            for (int week = 0; week < report.weeks().size(); week++) {
                data.addValue(counts.get(week), category, report.weeks().get(week).format(WEEK));
            }
        });
        if (report.mistakesPerWeek().isEmpty()) {
            report.weeks().forEach(week -> data.addValue(0, l.pick("mistakes", "Fehler"), week.format(WEEK)));
        }
        JFreeChart chart = ChartFactory.createStackedBarChart(l.pick("Mistakes per week", "Fehler pro Woche"),
                l.pick("week from", "Woche ab"), l.pick("mistakes", "Fehler"), data, PlotOrientation.VERTICAL, true, false, false);
        return styled(chart);
    }

    private static JFreeChart sounds(ProgressReport report) {
        ExplanationLanguage l = report.language();
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        new TreeMap<>(report.soundScores()).forEach((sound, score) -> data.addValue(score, l.pick("score", "Punkte"), sound));
        JFreeChart chart = ChartFactory.createBarChart(l.pick("Pronunciation by sound", "Aussprache nach Laut"),
                null, l.pick("average score", "Durchschnitt"), data, PlotOrientation.HORIZONTAL, false, false, false);
        ((NumberAxis) chart.getCategoryPlot().getRangeAxis()).setRange(0, 100);
        if (report.soundScores().isEmpty()) {
            chart.getCategoryPlot().setNoDataMessage(l.pick("no drills yet — try /mode drill", "noch kein Training – probier /mode drill"));
        }
        return styled(chart);
    }

    private static JFreeChart cards(ProgressReport report) {
        ExplanationLanguage l = report.language();
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        Map<String, Number> figures = Map.of(
                l.pick("cards learned", "Karten gelernt"), report.cards().learned(),
                l.pick("review accuracy %", "Trefferquote %"), report.cards().accuracyPercent(),
                l.pick("streak (days)", "Serie (Tage)"), report.streakDays());
        List.of(l.pick("cards learned", "Karten gelernt"), l.pick("review accuracy %", "Trefferquote %"), l.pick("streak (days)", "Serie (Tage)"))
                .forEach(name -> data.addValue(figures.get(name), l.pick("value", "Wert"), name));
        JFreeChart chart = ChartFactory.createBarChart(l.pick("Cards and streak", "Karten und Serie"),
                null, null, data, PlotOrientation.VERTICAL, false, false, false);
        return styled(chart);
    }

    private static JFreeChart styled(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 20));
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(new Color(0xF4F6F8));
        plot.setRangeGridlinePaint(Color.GRAY);
        ((NumberAxis) plot.getRangeAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, new Color(0x2E86DE));
        return chart;
    }
}
