package org.slant.check;

/** The comparison of a threshold: the condition a metric must meet; a breach is when it does not. */
public enum Op {
    LT("<"), LE("<="), GT(">"), GE(">="), EQ("=="), NE("!=");

    private final String symbol;

    Op(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /** Whether {@code value op limit} holds. */
    public boolean holds(double value, double limit) {
        return switch (this) {
            case LT -> value < limit;
            case LE -> value <= limit;
            case GT -> value > limit;
            case GE -> value >= limit;
            case EQ -> value == limit;
            case NE -> value != limit;
        };
    }

    /** The operator with this symbol, or null. */
    public static Op of(String symbol) {
        for (Op o : values()) {
            if (o.symbol.equals(symbol)) {
                return o;
            }
        }
        return null;
    }
}
