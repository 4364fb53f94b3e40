# Focal Loss Explorer: ar
