package jp.iwaki.matching.common;

import java.util.List;

/** One page of a list with the total the filters match, so the client can page through it. */
public record Page<T>(List<T> items, int page, int size, long total) {
}
