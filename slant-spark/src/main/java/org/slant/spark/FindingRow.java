package org.slant.spark;

import java.io.Serializable;

/** One finding as a Spark row (a Java bean, for Spark's bean encoder). */
public class FindingRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private String extractor;
    private String category;
    private int start;
    private int end;
    private String text;
    private String voice;
    private String rule;
    private double weight;
    private String attrs;

    public String getExtractor() { return extractor; }
    public void setExtractor(String v) { extractor = v; }
    public String getCategory() { return category; }
    public void setCategory(String v) { category = v; }
    public int getStart() { return start; }
    public void setStart(int v) { start = v; }
    public int getEnd() { return end; }
    public void setEnd(int v) { end = v; }
    public String getText() { return text; }
    public void setText(String v) { text = v; }
    public String getVoice() { return voice; }
    public void setVoice(String v) { voice = v; }
    public String getRule() { return rule; }
    public void setRule(String v) { rule = v; }
    public double getWeight() { return weight; }
    public void setWeight(double v) { weight = v; }
    /** Extractor-specific attributes, as the JSON object analysis.json holds. */
    public String getAttrs() { return attrs; }
    public void setAttrs(String v) { attrs = v; }
}
