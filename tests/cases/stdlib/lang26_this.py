import this
import this
print(this.s[:33], len(this.d))
