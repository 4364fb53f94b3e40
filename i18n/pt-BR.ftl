# Focal Loss Explorer: pt-BR
