/**
 * Audio conversions with ffmpeg and ffprobe through ffmpeg-cli-wrapper: voice notes to 16 kHz
 * WAV, speech to OGG/Opus voice messages, slower speech; deadlines, limits and scratch files.
 */
package de.sprechstunde.speech.ffmpeg;
