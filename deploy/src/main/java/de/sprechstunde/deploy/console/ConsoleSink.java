package de.sprechstunde.deploy.console;

import de.sprechstunde.core.message.Reply;
import de.sprechstunde.core.message.ReplySink;
import de.sprechstunde.core.message.TextStream;
import de.sprechstunde.core.message.Choice;
import java.io.PrintStream;

/**
 * Prints the tutor's replies to the terminal: streamed answers token by token as they arrive,
 * buttons as the commands to type, voice messages as a note (a terminal cannot play them).
 */
final class ConsoleSink implements ReplySink {

    private final PrintStream out;

    ConsoleSink(PrintStream out) {
        this.out = out;
    }

    @Override
    public void send(Reply reply) {
        if (reply instanceof Reply.Text text) {
            out.println("tutor> " + TerminalText.plain(text.text()));
            for (Choice choice : text.choices()) {
                out.println("       [" + choice.label() + "] " + choice.command());
            }
        } else if (reply instanceof Reply.Image image) {
            // a terminal shows no pictures: the caption carries the same facts
            out.println("tutor> " + TerminalText.plain(image.caption()));
        } else if (reply instanceof Reply.Voice voice) {
            out.println("tutor> (voice message, " + voice.clip().duration().toMillis() / 1000.0 + " s)");
        }
        out.flush();
    }

    @Override
    public TextStream stream() {
        return new TextStream() {
            private int printed;

            @Override
            public void update(String textSoFar) {
                if (printed == 0) {
                    out.print("tutor> ");
                }
                // a piece that arrives whole (a turn's corrections leading the answer) loses its marks too
                out.print(TerminalText.plain(textSoFar.substring(Math.min(printed, textSoFar.length()))));
                out.flush();
                printed = textSoFar.length();
            }

            @Override
            public void complete(Reply.Text finalText) {
                if (printed == 0) {
                    send(finalText);
                    return;
                }
                // the final text can be longer than the last streamed piece: print the rest
                String text = finalText.text();
                if (text.length() > printed) {
                    out.print(TerminalText.plain(text.substring(printed)));
                }
                out.println();
                out.flush();
            }

            @Override
            public void abort(Reply.Text apology) {
                if (printed > 0) {
                    out.println(" …");
                }
                send(apology);
            }
        };
    }
}
