package org.slant.cli;

/** Exit codes, as in prose linters: 0 fine, 1 findings over a threshold, 2 usage or input errors. */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int FINDINGS = 1;
    public static final int ERROR = 2;

    private ExitCodes() {
    }
}
