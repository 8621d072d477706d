package org.symqa.spark;

import org.apache.spark.launcher.JavaModuleOptions;

/** Prints the JVM options Spark needs on Java 17 (module opens), as spark-submit passes them; for scripts. */
public final class JvmOptions {
    private JvmOptions() {
    }

    /** Prints {@link JavaModuleOptions#defaultModuleOptions()}. */
    public static void main(String[] args) {
        System.out.println(JavaModuleOptions.defaultModuleOptions());
    }
}
