/** espeak-ng's German voice, the fallback when no Piper is configured. */
package de.sprechstunde.speech.espeak;
