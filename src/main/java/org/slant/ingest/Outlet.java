package org.slant.ingest;

import java.util.List;

/**
 * A news outlet (or platform) from the outlet registry {@code lexicons/outlets.yaml}.
 *
 * @param id         stable entry id, e.g. {@code outlet.afp}
 * @param kind       what sort of outlet: national newspaper, news agency, platform, ...
 * @param agency     a news agency, whose own copy says "told AFP" about itself
 * @param platform   a social network or image library: its links say nothing about the publisher
 */
public record Outlet(String id, String name, String kind, String country, List<String> aliases,
                     List<String> domains, boolean agency, boolean platform, String rationale) {
}
