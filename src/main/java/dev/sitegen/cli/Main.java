package dev.sitegen.cli;
public final class Main { public static void main(String[] a){ System.out.println("hello " + String.join(" ", a)); } }
