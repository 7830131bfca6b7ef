package dev.meridian.web;

import java.time.ZoneId;
import java.util.Locale;

/**
 * Whoever looks at a screen: pages are shown in their language and times in their zone.
 * The signed-in principal implements it.
 */
public interface Viewer {

	/** How the viewer is named on screen. */
	String name();

	Locale locale();

	ZoneId zone();

}
