package org.slant.cli;

import org.slant.config.Version;
import picocli.CommandLine;

/** {@code --version} on every command. */
public final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[]{"slant " + Version.get()};
    }
}
