# coding: ascii
X = "é"
