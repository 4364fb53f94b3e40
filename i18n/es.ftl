# Focal Loss Explorer: es

page-title = Explorador de focal loss
lede-before = La focal loss (Lin et al., 2017) escala la entropía cruzada por
