/** Deadlines for the external programs the speech module runs (ffmpeg, ffprobe, espeak-ng). */
package de.sprechstunde.speech.process;
