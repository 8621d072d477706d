package org.symqa.spark;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The Parquet columns of the job's output: the fields of {@code symqa batch}'s result lines (and of
 * {@code symqa paper --format json}'s), in their order, an error row having only {@code id} (or {@code file}) and
 * {@code error} set.
 */
final class Schemas {
    private Schemas() {
    }

    /** The columns of a batch result line: {@code id, verdict, answer, topic, evidence, facts, reason, error}. */
    static StructType batch() {
        return new StructType(new StructField[]{
            field("id", DataTypes.StringType),
            field("verdict", DataTypes.StringType),
            field("answer", DataTypes.StringType),
            field("topic", DataTypes.createArrayType(DataTypes.StringType)),
            field("evidence", DataTypes.createArrayType(evidence(false))),
            field("facts", DataTypes.createArrayType(facts())),
            field("reason", DataTypes.StringType),
            field("error", DataTypes.StringType)});
    }

    /** The columns of a paper result line: {@code id, paper, file, cq, question}, then a result's, then {@code error}. */
    static StructType paper() {
        return new StructType(new StructField[]{
            field("id", DataTypes.StringType),
            field("paper", DataTypes.StringType),
            field("file", DataTypes.StringType),
            field("cq", DataTypes.StringType),
            field("question", DataTypes.StringType),
            field("verdict", DataTypes.StringType),
            field("answer", DataTypes.StringType),
            field("topic", DataTypes.createArrayType(DataTypes.StringType)),
            field("evidence", DataTypes.createArrayType(evidence(true))),
            field("facts", DataTypes.createArrayType(facts())),
            field("reason", DataTypes.StringType),
            field("error", DataTypes.StringType)});
    }

    private static StructType evidence(boolean located) {
        StructType t = new StructType();
        if (located) {
            t = t.add(field("page", DataTypes.IntegerType)).add(field("section", DataTypes.StringType));
        }
        return t.add(field("chunk", DataTypes.IntegerType))
                .add(field("start", DataTypes.IntegerType))
                .add(field("end", DataTypes.IntegerType))
                .add(field("text", DataTypes.StringType))
                .add(field("rule", DataTypes.StringType));
    }

    private static StructType facts() {
        return new StructType()
                .add(field("text", DataTypes.StringType))
                .add(field("chunk", DataTypes.IntegerType))
                .add(field("start", DataTypes.IntegerType))
                .add(field("end", DataTypes.IntegerType))
                .add(field("rule", DataTypes.StringType))
                .add(field("role", DataTypes.StringType))
                .add(field("negated", DataTypes.BooleanType));
    }

    private static StructField field(String name, DataType type) {
        return DataTypes.createStructField(name, type, true);
    }
}
