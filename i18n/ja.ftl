# Focal Loss Explorer: ja
