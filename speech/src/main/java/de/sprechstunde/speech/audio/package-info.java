/** Audio formats the speech adapters share: WAV files and the voice-message waveform. */
package de.sprechstunde.speech.audio;
