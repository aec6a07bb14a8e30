#pragma once

#include <QtGlobal>

#include <cmath>
#include <vector>

namespace cooc::demo {

// Deterministic, platform-independent pseudo-random numbers (splitmix64). The standard
// library's distributions differ between implementations, so none are used: the same seed
// must give byte-identical demo data everywhere.
inline quint64 mix64(quint64 z)
{
    z += 0x9e3779b97f4a7c15ULL;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

inline quint64 mixSeed(quint64 a, quint64 b)
{
    return mix64(a ^ mix64(b + 0x632be59bd9b4e019ULL));
}

class Rng
{
public:
    explicit Rng(quint64 seed) : m_state(seed) {}
    // An independent stream for (tag, index): the data of one entity does not depend on how
    // much randomness the entities before it consumed.
    static Rng stream(quint64 seed, quint64 tag, quint64 index = 0)
    {
        return Rng(mixSeed(mixSeed(seed, tag), index));
    }

    quint64 next()
    {
        m_state += 0x9e3779b97f4a7c15ULL;
        quint64 z = m_state;
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    // 0 <= result < n (n > 0)
    int below(int n) { return n <= 1 ? 0 : int(((next() >> 32) * quint64(n)) >> 32); }
    // lo <= result <= hi
    int range(int lo, int hi) { return lo + below(hi - lo + 1); }
    double uniform() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    bool chance(double p) { return uniform() < p; }

    template<typename T>
    const T &pick(const std::vector<T> &items)
    {
        return items[size_t(below(int(items.size())))];
    }
    // Index into cumulative weights (weights need not be normalised).
    int weighted(const std::vector<int> &weights)
    {
        int total = 0;
        for (int w : weights)
            total += w;
        int r = below(total);
        for (size_t i = 0; i < weights.size(); ++i) {
            if (r < weights[i])
                return int(i);
            r -= weights[i];
        }
        return int(weights.size()) - 1;
    }
    // A small count with mean `mean` (Poisson by inversion; fine for mean < 30).
    int poisson(double mean)
    {
        const double l = std::exp(-mean);
        int n = 0;
        double p = uniform();
        while (p > l && n < 100) {
            p *= uniform();
            ++n;
        }
        return n;
    }
    template<typename T>
    void shuffle(std::vector<T> &items)
    {
        for (size_t i = items.size(); i > 1; --i)
            std::swap(items[i - 1], items[size_t(below(int(i)))]);
    }

private:
    quint64 m_state;
};

} // namespace cooc::demo
