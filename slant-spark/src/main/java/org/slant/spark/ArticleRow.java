package org.slant.spark;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** One analysed article (or the error that stopped it) as a Spark row. */
public class ArticleRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private String id;
    private String outlet;
    private String outletSource;
    private String title;
    private int words;
    private Map<String, Double> metrics;
    private List<FindingRow> findings;
    private List<String> notes;
    private String error;

    public String getId() { return id; }
    public void setId(String v) { id = v; }
    public String getOutlet() { return outlet; }
    public void setOutlet(String v) { outlet = v; }
    public String getOutletSource() { return outletSource; }
    public void setOutletSource(String v) { outletSource = v; }
    public String getTitle() { return title; }
    public void setTitle(String v) { title = v; }
    public int getWords() { return words; }
    public void setWords(int v) { words = v; }
    public Map<String, Double> getMetrics() { return metrics; }
    public void setMetrics(Map<String, Double> v) { metrics = v; }
    public List<FindingRow> getFindings() { return findings; }
    public void setFindings(List<FindingRow> v) { findings = v; }
    public List<String> getNotes() { return notes; }
    public void setNotes(List<String> v) { notes = v; }
    /** Why the article could not be analysed; null when it was. */
    public String getError() { return error; }
    public void setError(String v) { error = v; }
}
