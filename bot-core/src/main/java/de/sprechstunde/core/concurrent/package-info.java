/** Small concurrency helpers shared by every module. */
package de.sprechstunde.core.concurrent;
