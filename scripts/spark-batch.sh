#!/usr/bin/env bash
# Runs the Spark job (org.symqa.spark.SparkBatch) in local mode from the Maven-built classpath: no Spark installation.
#   scripts/spark-batch.sh IN.jsonl[.gz] OUT_DIR [--master local[N]] [more SparkBatch options]
# Writes OUT_DIR/predictions.jsonl (one file, input order, the lines of `symqa batch`) and OUT_DIR/parquet/.
# The first run builds the core and the spark module (Spark's jars are ~300 MB to download once).
set -euo pipefail
if [ $# -lt 2 ]; then
  echo "usage: scripts/spark-batch.sh IN.jsonl[.gz] OUT_DIR [--master local[N]] [SparkBatch options]" >&2
  exit 2
fi
root="$(cd "$(dirname "$0")/.." && pwd)"
in="$1"; out="$2"; shift 2
master="local[*]"
args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --master) master="$2"; shift 2 ;;
    --master=*) master="${1#--master=}"; shift ;;
    *) args+=("$1"); shift ;;
  esac
done
if [ -e "$out" ]; then
  echo "scripts/spark-batch.sh: $out exists; give a new OUT_DIR" >&2
  exit 2
fi
jar="$root/spark/target/symqa-spark.jar"
cp_file="$root/spark/target/classpath.txt"
# (re)build when the module's jar or classpath is missing or older than a source, rule or lexicon file
if [ ! -f "$jar" ] || [ ! -f "$cp_file" ] || [ -n "$(find "$root/src/main" "$root/rules" "$root/lexicons" "$root/pom.xml" \
    "$root/spark/src/main" "$root/spark/pom.xml" -newer "$jar" -print -quit)" ]; then
  echo "scripts/spark-batch.sh: building the core and the spark module (first time: Spark's ~300 MB download)" >&2
  (cd "$root" && mvn -q -B -ntp -DskipTests install)
  (cd "$root/spark" && mvn -q -B -ntp -DskipTests package dependency:build-classpath -Dmdep.outputFile="$cp_file" \
    -Dmdep.includeScope=provided)
fi
cp="$jar:$(cat "$cp_file")"
# the module opens Spark needs on Java 17, from Spark itself (org.apache.spark.launcher.JavaModuleOptions)
read -r -a jvm_opts <<< "$(java -cp "$cp" org.symqa.spark.JvmOptions)"
export SPARK_LOCAL_IP="${SPARK_LOCAL_IP:-127.0.0.1}"
mkdir -p "$out"
java "${jvm_opts[@]}" -Xmx${SYMQA_SPARK_HEAP:-3g} \
  -Dlog4j2.configurationFile="$root/spark/conf/log4j2.properties" -Dspark.master="$master" -Dspark.ui.enabled=false \
  -cp "$cp" org.symqa.spark.SparkBatch "$in" --jsonl "$out/jsonl" --parquet "$out/parquet" "${args[@]}" && code=0 || code=$?
if [ -d "$out/jsonl" ]; then
  cat "$out"/jsonl/part-* > "$out/predictions.jsonl"
  echo "scripts/spark-batch.sh: $(wc -l < "$out/predictions.jsonl") lines in $out/predictions.jsonl" >&2
fi
exit "$code"
