import statistics as st
from fractions import Fraction as F
data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
ints = [1, 2, 3, 4, 4, 7]
for f in (st.mean, st.median, st.median_low, st.median_high, st.stdev, st.pstdev, st.variance, st.pvariance, st.fmean):
    print(f.__name__, f(data), f(ints), f([0.1, 0.2, 0.3, 0.4]))
print(st.mean([1, 2, 3]), st.mean([F(1, 3), F(2, 3)]), st.variance([F(1, 2), F(3, 2), 2]), st.mean([1, 2.5]))
print(st.mode('abracadabra'), st.multimode('aabbc'), st.multimode([]), st.quantiles(ints, n=4), st.quantiles(range(1, 11), n=10, method='inclusive'))
print(st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.pvariance([0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25]))
for bad in (lambda: st.mean([]), lambda: st.stdev([1]), lambda: st.median([]), lambda: st.mode([])):
    try: bad()
    except st.StatisticsError as e: print('StatisticsError:', e)
print(F(3, 4) + F(1, 4), F(1, 3) * 3, F('0.25'), F(0.5), F(6, -4), repr(F(1, 3)), F(1, 3) < 0.5, float(F(1, 3)), F(7, 2).limit_denominator(1), round(F(5, 2)))
