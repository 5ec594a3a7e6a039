#pragma once

#include <QtGlobal>
#include <iterator>

namespace tavle {

/// splitmix64 with bounded draws of its own: unlike the std distributions, the numbers are the
/// same with every compiler and standard library, so a seed gives the same data everywhere.
class Rng
{
public:
    explicit Rng(quint64 seed) : m_state(seed) {}

    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

    /// Uniform in [0, n) for n > 0, without modulo bias (rejects the short last stripe).
    quint64 below(quint64 n)
    {
        const quint64 threshold = (0 - n) % n; // 2^64 mod n
        for (;;) {
            const quint64 r = next();
            if (r >= threshold)
                return r % n;
        }
    }

    /// Uniform in [lo, hi]; lo <= hi.
    int between(int lo, int hi) { return lo + int(below(quint64(qint64(hi) - lo + 1))); }

    /// True with a probability of percent / 100.
    bool chance(int percent) { return below(100) < quint64(percent); }

    template <typename Container> const auto& pick(const Container& items)
    {
        return items[size_t(below(quint64(std::size(items))))];
    }

private:
    quint64 m_state;
};

} // namespace tavle
