package org.slant.cli;

import java.util.List;

/**
 * Subcommands that another jar adds to {@code slant}, found with {@link java.util.ServiceLoader}: the
 * development commands (bench, eval, train, synth) live in the slant-dev module, which registers its pack
 * in {@code META-INF/services/org.slant.cli.CommandPack}. The product jar holds none of them, so a user who
 * embeds Slant as a library carries no benchmark, evaluation or training code.
 */
public interface CommandPack {

    /** The picocli command objects or annotated classes of the pack, in help order. */
    List<Object> subcommands();
}
