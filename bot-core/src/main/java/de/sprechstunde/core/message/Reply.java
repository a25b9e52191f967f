package de.sprechstunde.core.message;

import java.util.List;
import java.util.Objects;

/**
 * One piece of the tutor's answer, rendered by the adapter that delivered the message. Texts may
 * be longer than a platform allows: adapters split them at their own limits.
 */
public sealed interface Reply {

    /**
     * Text in simple Markdown (only {@code *bold*}, {@code _italic_} and {@code `code`}); adapters
     * translate or escape it for their platform.
     *
     * @param text      the text
     * @param choices   buttons to show under it; may be empty
     * @param ephemeral true when only the sender should see it (Discord ephemeral replies)
     */
    record Text(String text, List<Choice> choices, boolean ephemeral) implements Reply {
        public Text {
            Objects.requireNonNull(text, "text");
            choices = List.copyOf(choices);
        }

        public static Text of(String text) {
            return new Text(text, List.of(), false);
        }

        public static Text withChoices(String text, List<Choice> choices) {
            return new Text(text, choices, false);
        }
    }

    /**
     * A picture (a PNG chart) with its caption in the same simple Markdown as {@link Text}. Platforms
     * that show no pictures (the console) show the caption only.
     *
     * @param png      the image, PNG-encoded
     * @param fileName the name it is uploaded under, e.g. {@code progress.png}
     * @param caption  the text that goes with it; adapters send what does not fit their caption limit as text
     */
    record Image(byte[] png, String fileName, String caption) implements Reply {
        public Image {
            Objects.requireNonNull(png, "png");
            Objects.requireNonNull(fileName, "fileName");
            caption = caption == null ? "" : caption;
        }
    }

    /** A spoken answer. */
    record Voice(VoiceClip clip) implements Reply {
        public Voice {
            Objects.requireNonNull(clip, "clip");
        }
    }
}
