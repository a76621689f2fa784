# coding: nosuch-codec
X = 1
