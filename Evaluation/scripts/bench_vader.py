#!/usr/bin/env python3
"""VADER's speed on the sentences `stance bench --dump-sentences FILE` wrote, beside stance's.

Run by bench_vader.sh inside a throwaway virtual environment that has vaderSentiment;
not part of the package. One Python process: one warm-up pass over the first
WARMUP bytes of sentences, then RUNS timed passes over all of them, each calling
SentimentIntensityAnalyzer().polarity_scores once per sentence; the median pass counts.
Times are time.perf_counter (monotonic) and time.process_time (CPU). MB = 10^6 bytes
of UTF-8 sentence text (line breaks not counted).

usage: bench_vader.py SENTENCES STANCE_JSON [--out FILE]
"""
import json
import statistics
import sys
import time


def main(argv):
    if len(argv) < 3:
        sys.exit(__doc__)
    sentences_path, stance_path = argv[1], argv[2]
    out_path = argv[argv.index('--out') + 1] if '--out' in argv else None
    with open(stance_path, encoding='utf-8') as f:
        stance = json.load(f)
    with open(sentences_path, encoding='utf-8') as f:
        sentences = [line.rstrip('\n') for line in f]
    sentences = [s for s in sentences if s]
    nbytes = sum(len(s.encode('utf-8')) for s in sentences)
    runs = stance['method']['runs']
    warmup_bytes = stance['method']['warmup_bytes']

    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
    import vaderSentiment
    analyzer = SentimentIntensityAnalyzer()

    warm, seen = [], 0
    for s in sentences:
        if seen >= warmup_bytes:
            break
        warm.append(s)
        seen += len(s.encode('utf-8'))
    for s in warm:
        analyzer.polarity_scores(s)

    walls, cpus = [], []
    for _ in range(runs):
        c0, t0 = time.process_time(), time.perf_counter()
        for s in sentences:
            analyzer.polarity_scores(s)
        walls.append(time.perf_counter() - t0)
        cpus.append(time.process_time() - c0)

    wall, cpu = statistics.median(walls), statistics.median(cpus)
    vader = {
        'version': getattr(vaderSentiment, '__version__', None) or package_version(),
        'python': sys.version.split()[0],
        'sentences': len(sentences), 'bytes': nbytes, 'runs_seconds': [round(w, 4) for w in walls],
        'seconds': round(wall, 4), 'cpu_seconds': round(cpu, 4),
        'mb_per_s': round(nbytes / 1e6 / wall, 3), 'mb_per_cpu_s': round(nbytes / 1e6 / cpu, 3),
        'sentences_per_s': round(len(sentences) / wall, 1),
    }
    p = stance['pipeline']
    ratio = {
        'mb_per_s': round(p['mb_per_s'] / vader['mb_per_s'], 3),
        'sentences_per_s': round(p['sentences_per_s'] / vader['sentences_per_s'], 3),
        'mb_per_cpu_s': round(p['mb_per_cpu_s'] / vader['mb_per_cpu_s'], 3),
        'goal': 20,
    }
    combined = {'stance': stance, 'vader': vader, 'stance_over_vader': ratio}
    if out_path:
        with open(out_path, 'w', encoding='utf-8') as f:
            json.dump(combined, f, indent=2, sort_keys=True)
            f.write('\n')

    c = stance['corpus']
    print(f"corpus: {c['source']}, {c['bytes'] / 1e6:.2f} MB of documents, {c['sentences']} sentences "
          f"({nbytes / 1e6:.2f} MB as sentences); median of {runs} run(s) after one warm-up; one thread")
    print(f"{'':34}{'MB/s':>10}{'sentences/s':>14}{'MB/cpu-s':>10}")
    print(f"{'stance (StanceAnalyzer.analyze)':34}{p['mb_per_s']:>10.2f}{p['sentences_per_s']:>14.0f}{p['mb_per_cpu_s']:>10.2f}")
    print(f"{'VADER ' + str(vader['version']) + ' (polarity_scores)':34}{vader['mb_per_s']:>10.2f}"
          f"{vader['sentences_per_s']:>14.0f}{vader['mb_per_cpu_s']:>10.2f}")
    print(f"{'stance / VADER':34}{ratio['mb_per_s']:>9.2f}x{ratio['sentences_per_s']:>13.2f}x{ratio['mb_per_cpu_s']:>9.2f}x"
          f"   (goal: {ratio['goal']}x or more: {'met' if ratio['mb_per_s'] >= ratio['goal'] else 'NOT met'})")


def package_version():
    try:
        from importlib.metadata import version
        return version('vaderSentiment')
    except Exception:
        return None


if __name__ == '__main__':
    main(sys.argv)
