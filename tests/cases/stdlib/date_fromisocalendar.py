from datetime import date, datetime
for a in [(2024,53,1),(2024,0,1),(2024,1,8),(10000,1,1),(2020,53,7),(2024,1,1),(2015,53,5)]:
    try: print(date.fromisocalendar(*a), repr(datetime.fromisocalendar(*a)))
    except ValueError as e: print(e)
