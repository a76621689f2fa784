import statistics as st

print(st.harmonic_mean([1, 2, 4]), st.harmonic_mean([2.5, 3]), st.harmonic_mean([1, 0]))
print(st.harmonic_mean([40, 60], weights=[5, 30]), st.harmonic_mean([5]))
print(st.geometric_mean([54, 24, 36]), st.geometric_mean([1, 4]))
print(st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]))
print(st.median_grouped([1, 3, 3, 5, 7], interval=2))
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(st.covariance(x, y), st.correlation(x, x[::-1]), st.correlation(x, y))
print(st.linear_regression(x, [2 * v + 1 for v in x]))
print(st.linear_regression([1, 2, 3], [2, 4, 6.5], proportional=True))
for f, a in [(st.geometric_mean, ([],)), (st.harmonic_mean, ([-1, 2],)),
             (st.harmonic_mean, ([],)), (st.correlation, ([1, 1], [1, 2])),
             (st.covariance, ([1], [1])), (st.covariance, ([1, 2], [1])),
             (st.linear_regression, ([1, 1], [2, 3]))]:
    try:
        f(*a)
    except st.StatisticsError as e:
        print(type(e).__name__, e)
