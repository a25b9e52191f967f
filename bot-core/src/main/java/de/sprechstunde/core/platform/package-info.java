/** The core's entry point for platform adapters: {@link de.sprechstunde.core.platform.Tutor}. */
package de.sprechstunde.core.platform;
