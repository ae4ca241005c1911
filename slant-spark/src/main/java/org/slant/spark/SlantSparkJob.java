package org.slant.spark;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.util.ArrayList;
import java.util.List;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_json;

/**
 * Runs Slant's extractors on Apache Spark. Reads articles from JSONL ({@code text} plus optional {@code id},
 * {@code outlet}, {@code outlet_kind}, {@code via}, {@code url}, {@code date}, {@code title}; an {@code id} is
 * required here) or from Parquet with the same columns, and writes Parquet tables:
 * <ul>
 *   <li>{@code articles/}: id, outlet, outlet_source, title, words, notes, error (one row per input);</li>
 *   <li>{@code metrics/}: id, outlet, metric, value (one row per article and metric);</li>
 *   <li>{@code findings/}: id, outlet and every finding field ({@code attrs} as JSON);</li>
 *   <li>{@code outlets/}: outlet, metric, articles, mean, min, max (Spark SQL over {@code metrics}).</li>
 * </ul>
 * <pre>
 *   spark-submit --class org.slant.spark.SlantSparkJob slant-spark/target/slant-spark.jar \
 *       [--format jsonl|parquet] INPUT OUTPUT
 * </pre>
 */
public final class SlantSparkJob {

    private SlantSparkJob() {
    }

    public static void main(String[] args) {
        List<String> rest = new ArrayList<>();
        String format = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--format") && i + 1 < args.length) {
                format = args[++i];
            } else {
                rest.add(args[i]);
            }
        }
        if (rest.size() != 2) {
            System.err.println("usage: SlantSparkJob [--format jsonl|parquet] INPUT OUTPUT");
            System.exit(2);
        }
        SparkSession spark = SparkSession.builder().appName("slant").getOrCreate();
        try {
            run(spark, rest.get(0), format, rest.get(1));
        } finally {
            spark.stop();
        }
    }

    /** The input schema: every column a string. */
    static final StructType INPUT = new StructType(Analyse.FIELDS.stream()
            .map(f -> new StructField(f, DataTypes.StringType, true, org.apache.spark.sql.types.Metadata.empty()))
            .toArray(StructField[]::new));

    public static void run(SparkSession spark, String input, String format, String output) {
        String fmt = format != null ? format : input.endsWith(".parquet") || !input.contains(".json") ? "parquet" : "jsonl";
        Dataset<Row> in = fmt.equals("parquet") ? spark.read().parquet(input)
                : spark.read().schema(INPUT).json(input);
        // the readers take one JSON object per article, exactly as from a JSONL line
        Dataset<Row> lines = in.select(col("id"), to_json(struct(Analyse.FIELDS.stream().map(f -> col(f))
                .toArray(org.apache.spark.sql.Column[]::new))).as("json"));
        Dataset<ArticleRow> analysed = lines.mapPartitions(new Analyse(input), Encoders.bean(ArticleRow.class)).cache();

        analysed.select(col("id"), col("outlet"), col("outletSource").as("outlet_source"), col("title"), col("words"),
                col("notes"), col("error")).write().mode(SaveMode.Overwrite).parquet(output + "/articles");
        Dataset<ArticleRow> ok = analysed.filter(col("error").isNull());
        Dataset<Row> metrics = ok.select(col("id"), col("outlet"), explode(col("metrics")).as(new String[]{"metric", "value"}));
        metrics.write().mode(SaveMode.Overwrite).parquet(output + "/metrics");
        ok.select(col("id"), col("outlet"), explode(col("findings")).as("f"))
                .select(col("id"), col("outlet"), col("f.extractor").as("extractor"), col("f.category").as("category"),
                        col("f.start").as("start"), col("f.end").as("end"), col("f.text").as("text"),
                        col("f.voice").as("voice"), col("f.rule").as("rule"), col("f.weight").as("weight"),
                        col("f.attrs").as("attrs"))
                .write().mode(SaveMode.Overwrite).parquet(output + "/findings");
        metrics.createOrReplaceTempView("slant_metrics");
        spark.sql("SELECT outlet, metric, COUNT(*) AS articles, AVG(value) AS mean, MIN(value) AS min, "
                        + "MAX(value) AS max FROM slant_metrics GROUP BY outlet, metric ORDER BY outlet, metric")
                .write().mode(SaveMode.Overwrite).parquet(output + "/outlets");
        analysed.unpersist();
    }
}
